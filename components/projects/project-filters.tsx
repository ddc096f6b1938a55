import { buttonClass } from "@/components/ui/button";
import { stateName } from "@/lib/core/geo/states";

/** A plain GET form: the search is in the URL, so results can be bookmarked and work without JavaScript. */
export function ProjectFilters({ search, state, states }: { search: string; state: string; states: string[] }) {
  return (
    <form role="search" aria-label="Projects" method="get" action="/projects" className="mb-4 flex flex-wrap items-end gap-3">
      <div className="min-w-56 flex-1">
        <label htmlFor="project-search" className="mb-1 block text-sm font-medium text-slate-800">
          Search
        </label>
        <input
          id="project-search"
          name="q"
          type="search"
          defaultValue={search}
          placeholder="Customer, street, city or ZIP"
          className="block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-600/30"
        />
      </div>
      <div>
        <label htmlFor="project-state" className="mb-1 block text-sm font-medium text-slate-800">
          State
        </label>
        <select
          id="project-state"
          name="state"
          defaultValue={state}
          className="block rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-600/30"
        >
          <option value="">All states</option>
          {states.map((code) => (
            <option key={code} value={code}>
              {stateName(code)}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className={buttonClass("secondary")}>
        Apply
      </button>
    </form>
  );
}
