import { ArgsType, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { AppError } from '../errors/app-error.js';

/** Page arguments every list takes. `take` is capped by MAX_PAGE_SIZE. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 20, description: 'How many items to return (1 to the server maximum, 100 by default).' })
  take: number = 20;

  @Field(() => Int, { defaultValue: 0, description: 'How many items to skip.' })
  skip: number = 0;
}

/** Validates page arguments against the server's cap. */
export function checkPage(page: PageArgs, maxPageSize: number): { limit: number; offset: number } {
  if (page.take < 1 || page.take > maxPageSize) {
    throw new AppError('BAD_USER_INPUT', {}, [{ field: 'take', code: 'PAGE_SIZE_TOO_LARGE', params: { max: maxPageSize } }]);
  }
  if (page.skip < 0) throw new AppError('BAD_USER_INPUT', {}, [{ field: 'skip', code: 'INVALID_VALUE' }]);
  return { limit: page.take, offset: page.skip };
}

/** The `{ items, totalCount }` list shape used across the API. */
export function ListOf<T extends object>(itemType: ClassType<T>, name: string, description: string) {
  @ObjectType(name, { description })
  abstract class List {
    @Field(() => [itemType], { description: 'The items of this page.' })
    items!: T[];

    @Field(() => Int, { description: 'How many items match in total, across all pages.' })
    totalCount!: number;
  }
  return List;
}
