interface SearchFormProps {
  /** The input's id: unique on the page (the header has its own search). */
  id: string;
  /** Names the search landmark, e.g. "Search again". */
  formLabel: string;
  defaultValue?: string;
  placeholder?: string;
}

/** A plain GET form to /search: works without JavaScript, as everywhere on the site. */
export function SearchForm({ id, formLabel, defaultValue, placeholder }: SearchFormProps) {
  return (
    <form
      role="search"
      action="/search"
      method="get"
      aria-label={formLabel}
      className="@container mt-4 flex max-w-xl flex-wrap"
    >
      <label htmlFor={id} className="sr-only">
        Search this site
      </label>
      <input
        id={id}
        name="q"
        type="search"
        defaultValue={defaultValue}
        placeholder={placeholder}
        maxLength={200}
        className="min-h-11 w-full min-w-0 grow basis-full rounded-t border-2 border-b-0 border-ink bg-white px-3 py-2 text-ink @min-[17rem]:basis-0 @min-[17rem]:rounded-tr-none @min-[17rem]:rounded-bl @min-[17rem]:border-r-0 @min-[17rem]:border-b-2"
      />
      <button
        type="submit"
        className="min-h-11 basis-full rounded-b border-2 border-ink bg-brand-dark px-4 font-bold text-white @min-[17rem]:basis-auto @min-[17rem]:rounded-tr @min-[17rem]:rounded-bl-none"
      >
        Search
      </button>
    </form>
  );
}
