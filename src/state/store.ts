/**
 * One store per app instance (tests and embeds each make their own). It holds inputs, never
 * derivations: the dataset, the view (language, selection, visible domain) and hover.
 */
import { createStore } from "zustand/vanilla";
import type { StoreApi } from "zustand/vanilla";
import { EMPTY_FILTERS } from "../data/filters.ts";
import type { Filters } from "../data/filters.ts";
import type { Dataset } from "../data/model.ts";
import type { UiLanguage } from "../i18n/locales.ts";
import type { Domain } from "../timeline/zoom.ts";

/** The part of the state a link reproduces (see url.ts). */
export interface ViewState {
  lang: UiLanguage;
  selectedId: string | null;
  filters: Filters;
}

/** `problems` are located, worded problems ("event 3 ("x"), date: …"), ready to show. */
export type LoadStatus = { kind: "loading" } | { kind: "ready" } | { kind: "error"; message: string; problems: string[] };

/** Where the data on screen came from; anything but the bundled dataset is named on screen. */
export type DataSource = ({ kind: "bundled" } | { kind: "file"; name: string } | { kind: "url"; url: string; host: string }) & {
  /** SHA-256 (hex) of the bytes the data was read from, for exports and citations. */
  sha256?: string;
};

/** A dismissible message for the reader (an ignored URL parameter, a fallback). */
export interface Notice {
  id: number;
  text: string;
}

export interface TimelineState extends ViewState {
  dataset: Dataset | null;
  dataSource: DataSource;
  status: LoadStatus;
  /** The visible time range, UTC ms; null until the timeline first fits the data. */
  domain: Domain | null;
  hoveredId: string | null;
  notices: readonly Notice[];
  setDataset: (dataset: Dataset, source?: DataSource) => void;
  failLoading: (message: string, problems?: string[]) => void;
  selectEvent: (id: string | null) => void;
  hoverEvent: (id: string | null) => void;
  setDomain: (domain: Domain) => void;
  setLanguage: (lang: UiLanguage) => void;
  /** Changes some filters; the rest stay. */
  setFilters: (patch: Partial<Filters>) => void;
  resetFilters: () => void;
  /** Applies a view read from the URL (back/forward). */
  applyView: (view: Partial<ViewState>) => void;
  notify: (text: string) => void;
  dismissNotice: (id: number) => void;
}

export type TimelineStore = StoreApi<TimelineState>;

let nextNoticeId = 1;

export function createTimelineStore(initial: Partial<ViewState> = {}): TimelineStore {
  return createStore<TimelineState>()((set, get) => ({
    lang: initial.lang ?? "en",
    selectedId: initial.selectedId ?? null,
    filters: initial.filters ?? EMPTY_FILTERS,
    dataset: null,
    dataSource: { kind: "bundled" },
    status: { kind: "loading" },
    domain: null,
    hoveredId: null,
    notices: [],
    setDataset: (dataset, source = { kind: "bundled" }) => {
      // A view that names what this dataset lacks (an event, a category) drops those parts.
      const { selectedId, filters } = get();
      const keep = selectedId !== null && dataset.eventById.has(selectedId);
      const categories = filters.categories.filter((id) => dataset.categoryById.has(id));
      set({
        dataset,
        dataSource: source,
        status: { kind: "ready" },
        domain: null,
        hoveredId: null,
        selectedId: keep ? selectedId : null,
        filters: categories.length === filters.categories.length ? filters : { ...filters, categories },
      });
    },
    failLoading: (message, problems = []) => set({ status: { kind: "error", message, problems } }),
    selectEvent: (id) => {
      if (id !== null && !get().dataset?.eventById.has(id)) return;
      if (id !== get().selectedId) set({ selectedId: id });
    },
    hoverEvent: (id) => {
      if (id !== get().hoveredId) set({ hoveredId: id });
    },
    setDomain: (domain) => {
      const cur = get().domain;
      if (cur && cur[0] === domain[0] && cur[1] === domain[1]) return;
      set({ domain: [domain[0], domain[1]] });
    },
    setLanguage: (lang) => {
      if (lang !== get().lang) set({ lang });
    },
    setFilters: (patch) => set({ filters: { ...get().filters, ...patch } }),
    resetFilters: () => set({ filters: EMPTY_FILTERS }),
    applyView: (view) => set(view),
    notify: (text) => {
      if (get().notices.some((n) => n.text === text)) return;
      set({ notices: [...get().notices, { id: nextNoticeId++, text }] });
    },
    dismissNotice: (id) => set({ notices: get().notices.filter((n) => n.id !== id) }),
  }));
}
