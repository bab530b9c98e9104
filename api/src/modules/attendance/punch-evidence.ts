import { BlockList, isIP } from 'node:net';

/** Where a punch was made, as the phone reports it. */
export interface PunchLocation {
  latitude: number;
  longitude: number;
  /** The radius of the phone's 68 % confidence circle, in metres. */
  accuracyMeters: number;
  /** The phone reports a simulated (mock) location. */
  isMock: boolean;
}

/** A place staff may punch at: a geofence, and the Wi-Fi access points and IP ranges that also count as being there. */
export interface PunchPlace {
  id: string;
  latitude: number;
  longitude: number;
  radiusMeters: number;
  wifiBssids: string[];
  ipRanges: string[];
}

/** How a punch proved where it was made. OFFSITE: nowhere allowed (accepted only where the group's policy lets it). */
export type PunchMethod = 'WIFI' | 'GPS' | 'IP' | 'OFFSITE';

/** Doubts about a punch's evidence, kept with it. */
export type PunchFlag = 'OFFSITE' | 'OFFLINE' | 'CLOCK_SKEW' | 'MOCK_LOCATION' | 'POOR_ACCURACY';

/** The verdict on a punch's evidence against the places allowed. */
export interface PlaceMatch {
  /** The place matched; null when none was (OFFSITE). */
  placeId: string | null;
  method: PunchMethod;
  /** Distance from the matched (or, offsite, the nearest) place's centre, when a location was given. */
  distanceMeters: number | null;
  /** The nearest place when none matched, for the error or the exception report. */
  nearestPlaceId: string | null;
  flags: PunchFlag[];
}

const EARTH_RADIUS_METERS = 6_371_008.8;
const radians = (degrees: number) => (degrees * Math.PI) / 180;

/** Great-circle distance between two points (haversine on the mean Earth radius; under 0.5 % off at city scale). */
export function distanceMeters(a: { latitude: number; longitude: number }, b: { latitude: number; longitude: number }): number {
  const dLat = radians(b.latitude - a.latitude);
  const dLon = radians(b.longitude - a.longitude);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(radians(a.latitude)) * Math.cos(radians(b.latitude)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_METERS * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * Whether a location fix counts as inside a geofence. The phone may be anywhere in its accuracy circle, so the fence is
 * widened by the accuracy — but by at most half the radius, so a coarse fix (a phone on cell towers reporting ±2 km)
 * cannot make a far-away punch count.
 */
export function insideGeofence(location: PunchLocation, place: Pick<PunchPlace, 'latitude' | 'longitude' | 'radiusMeters'>): boolean {
  const slack = Math.min(Math.max(location.accuracyMeters, 0), place.radiusMeters / 2);
  return distanceMeters(location, place) <= place.radiusMeters + slack;
}

const BSSID = /^[0-9a-f]{2}([:-]?)[0-9a-f]{2}(\1[0-9a-f]{2}){4}$/i;

/** A Wi-Fi access point's BSSID as stored and compared (`aa:bb:cc:dd:ee:ff`), or null when it is not one. */
export function normalizeBssid(value: string): string | null {
  const text = value.trim();
  if (!BSSID.test(text)) return null;
  const hex = text.replace(/[:-]/g, '').toLowerCase();
  return hex.match(/../g)!.join(':');
}

/** The family of an address, with an IPv4-mapped IPv6 address (`::ffff:1.2.3.4`, as dual-stack servers report) unwrapped. */
function ipOf(address: string): { text: string; family: 'ipv4' | 'ipv6' } | null {
  const text = address.trim().replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '');
  const version = isIP(text);
  return version === 4 ? { text, family: 'ipv4' } : version === 6 ? { text, family: 'ipv6' } : null;
}

/** A CIDR range (`203.0.113.0/24`, `2001:db8::/32`; a bare address is a range of one) as a block list, or null. */
export function parseIpRange(range: string): BlockList | null {
  const [address, prefix, extra] = range.trim().split('/');
  const ip = ipOf(address ?? '');
  if (!ip || extra !== undefined || (prefix !== undefined && !/^\d{1,3}$/.test(prefix))) return null;
  const bits = prefix === undefined ? (ip.family === 'ipv4' ? 32 : 128) : Number(prefix);
  if (bits > (ip.family === 'ipv4' ? 32 : 128)) return null;
  const list = new BlockList();
  list.addSubnet(ip.text, bits, ip.family);
  return list;
}

/** Whether an address lies in a CIDR range. */
export function ipInRange(address: string, range: string): boolean {
  const ip = ipOf(address);
  return Boolean(ip && parseIpRange(range)?.check(ip.text, ip.family));
}

/**
 * Judges a punch's evidence against the places its group allows. Wi-Fi is the strongest proof (the phone sees the
 * site's own access point), then GPS, then the network the request came from. A mock location never proves GPS, and a
 * fix less precise than the fence is flagged even when it matches.
 */
export function matchPlace(places: PunchPlace[], evidence: { location: PunchLocation | null; wifiBssids: string[]; ip: string | null }): PlaceMatch {
  const flags: PunchFlag[] = [];
  const location = evidence.location;
  if (location?.isMock) flags.push('MOCK_LOCATION');
  const seen = new Set(evidence.wifiBssids.map(normalizeBssid).filter((b): b is string => b !== null));
  const distanceTo = (place: PunchPlace) => (location ? Math.round(distanceMeters(location, place)) : null);
  const found = (place: PunchPlace, method: PunchMethod): PlaceMatch => {
    if (method === 'GPS' && location && location.accuracyMeters > place.radiusMeters) flags.push('POOR_ACCURACY');
    return { placeId: place.id, method, distanceMeters: distanceTo(place), nearestPlaceId: null, flags };
  };
  const byWifi = places.find((place) => place.wifiBssids.some((bssid) => seen.has(bssid)));
  if (byWifi) return found(byWifi, 'WIFI');
  const byGps = location && !location.isMock ? places.find((place) => insideGeofence(location, place)) : undefined;
  if (byGps) return found(byGps, 'GPS');
  const byIp = evidence.ip ? places.find((place) => place.ipRanges.some((range) => ipInRange(evidence.ip!, range))) : undefined;
  if (byIp) return found(byIp, 'IP');
  let nearest: PunchPlace | null = null;
  if (location) for (const place of places) if (!nearest || distanceMeters(location, place) < distanceMeters(location, nearest)) nearest = place;
  return { placeId: null, method: 'OFFSITE', distanceMeters: nearest ? distanceTo(nearest) : null, nearestPlaceId: nearest?.id ?? null, flags: [...flags, 'OFFSITE'] };
}
