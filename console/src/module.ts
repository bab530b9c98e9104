import { createContext, createElement, lazy, useContext, type ComponentType, type ReactElement, type ReactNode } from 'react';
import type { DashboardComponent, ResourceProps } from 'react-admin';
import type { ConsoleLocale } from './providers/locale';
import type { ResourceDataProvider } from './providers/dataProvider';

/** A tree of translated strings: a whole catalog, or one module's slice of it. */
export interface MessageTree {
  [key: string]: string | MessageTree;
}

/** The keys of `T`, each translated. */
export type Translation<T> = { [K in keyof T]: T[K] extends string ? string : Translation<T[K]> };

/** A module's slice of the console's catalogs, in every console language. */
export type ModuleMessages = Record<ConsoleLocale, MessageTree>;

/**
 * A module's messages: English first, then the translations, which tsc holds to exactly the English keys
 * (test/i18n.spec.ts also checks their placeholders). Slices are merged into the catalogs; two modules may not
 * define the same key.
 */
export function defineMessages<T extends MessageTree>(en: T, translations: Record<Exclude<ConsoleLocale, 'en'>, Translation<T>>): ModuleMessages {
  return { en, ...translations };
}

/** A react-admin resource owned by a module: where its data comes from and which API permissions it follows. */
export interface ConsoleResource {
  /** The react-admin resource name: the combined data provider sends every call for it to `dataProvider`. */
  name: string;
  dataProvider: ResourceDataProvider;
  /**
   * The API subject whose permissions (`myPermissions`) decide react-admin's access checks on this resource.
   * Without one, the resource is refused to everybody (pages check the permissions they need themselves).
   */
  subject?: string;
  /** API actions for react-admin's where their names differ from the defaults (list/show → read, edit → update). */
  actions?: Partial<Record<string, string>>;
  /** Registers a react-admin `<Resource>` with these views, icon and record representation. Omitted: data only. */
  views?: Omit<ResourceProps, 'name'>;
}

/**
 * One screen or domain of the console. `App.tsx` lists the modules; the console is assembled from them: the combined
 * data provider, the catalogs, the menu (in list order), the routes, the permission subjects and the audit filters.
 */
export interface ConsoleModule {
  /** Names the module in errors (a duplicate resource or message key). */
  name: string;
  /** The react-admin resources (and data providers) the module owns. */
  resources?: ConsoleResource[];
  /** The module's entry in the sidebar; it hides itself when the person may not use it. */
  menu?: ComponentType;
  /** Pages of the module that are not resource views (e.g. `/import`). */
  routes?: { path: string; element: ReactElement }[];
  /** The home page (one module at most). */
  dashboard?: DashboardComponent;
  /** The module's slice of the catalogs (see defineMessages). */
  messages?: ModuleMessages;
  /**
   * What the audit log can filter this module's entries by: action prefixes (labelled `harbour.audit.categories.<prefix
   * with _ for .>`) and record types (labelled `harbour.audit.target_types.<type>`), in the module's message slice.
   */
  audit?: { actionPrefixes?: string[]; targetTypes?: string[] };
}

const ModulesContext = createContext<readonly ConsoleModule[]>([]);

/** Makes the module list available to shared screens (menu, audit filters). */
export const ModulesProvider = ModulesContext.Provider;

/** The console's modules, in the order `App.tsx` lists them. */
export const useConsoleModules = () => useContext(ModulesContext);

/** Every screen's loader (see lazyView), for preloadViews; and the loads under way (a screen being opened). */
const viewLoaders: (() => Promise<unknown>)[] = [];
const loading = new Set<Promise<unknown>>();

/**
 * A screen whose code is a chunk of its own, fetched by preloadViews or when the screen is first shown (react-admin's
 * layout shows a progress bar meanwhile), so the sign-in page carries no screen's code. `load` imports the screen's
 * file; `name` is the component it exports. Once its code is here, the screen renders at once: React otherwise reveals
 * a suspended screen no sooner than 300 ms after its placeholder, even when the code is cached.
 */
export function lazyView<Name extends string, Props extends object>(load: () => Promise<Record<Name, (props: Props) => ReactNode>>, name: Name): (props: Props) => ReactNode {
  let loaded: ((props: Props) => ReactNode) | undefined;
  const fetchView = async () => {
    if (loaded) return loaded;
    const module = load();
    loading.add(module);
    try {
      return (loaded = (await module)[name]);
    } finally {
      loading.delete(module);
    }
  };
  const Suspended = lazy(async () => ({ default: await fetchView() })) as unknown as (props: Props) => ReactNode;
  viewLoaders.push(fetchView);
  return function View(props: Props) {
    return createElement(loaded ?? Suspended, props);
  };
}

/**
 * Fetches every screen's code in the background, once the screen being opened has its own (so the two do not share a
 * slow connection) and the browser is idle. The sign-in page calls it once it is up (the person is typing), and the
 * layout once someone is signed in (a session that was already open skips the sign-in page).
 */
export async function preloadViews(): Promise<void> {
  while (loading.size) await Promise.allSettled([...loading]);
  await new Promise<void>((idle) => (typeof requestIdleCallback === 'function' ? requestIdleCallback(() => idle(), { timeout: 3000 }) : setTimeout(idle, 500)));
  for (const load of viewLoaders) void load().catch(() => undefined);
}
