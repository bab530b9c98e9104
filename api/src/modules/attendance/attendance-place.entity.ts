import { Entity, Index, Property } from '@mikro-orm/decorators/legacy';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { TenantEntity } from '../../core/database/base.entity.js';

/** A place staff punch at: an office, a branch, a construction site. */
@ObjectType({ description: 'A place staff punch at (an office, a branch, a site): a geofence, plus the Wi-Fi access points and IP ranges that also prove being there.' })
@Entity({ tableName: 'attendance_place' })
@Index({ properties: ['tenantId', 'name'] })
export class AttendancePlace extends TenantEntity<'address' | 'wifiBssids' | 'ipRanges' | 'version'> {
  @Field(() => ID, { description: 'Place id.' })
  declare id: string;

  @Field(() => String, { description: 'Name, e.g. 啟德地盤.' })
  @Property({ type: 'string', length: 100 })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Street address, for people.' })
  @Property({ type: 'string', length: 300, nullable: true })
  address: string | null = null;

  @Field(() => Float, { description: 'Latitude of the geofence centre (WGS 84).' })
  @Property({ type: 'double' })
  latitude!: number;

  @Field(() => Float, { description: 'Longitude of the geofence centre (WGS 84).' })
  @Property({ type: 'double' })
  longitude!: number;

  @Field(() => Int, { description: 'Geofence radius in metres (100–3000).' })
  @Property({ type: 'integer' })
  radiusMeters!: number;

  @Field(() => [String], { description: 'BSSIDs (aa:bb:cc:dd:ee:ff) of the Wi-Fi access points there: seeing one proves presence.' })
  @Property({ type: 'json' })
  wifiBssids: string[] = [];

  @Field(() => [String], { description: 'IP ranges (CIDR) of the networks there: a punch sent from one proves presence.' })
  @Property({ type: 'json' })
  ipRanges: string[] = [];

  @Field(() => Int, { description: 'Changes with every change; send it back to be told (VERSION_CONFLICT) if someone else changed it first.' })
  @Property({ type: 'integer', version: true })
  version: number = 1;
}
