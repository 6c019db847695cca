export interface Crumb {
  label: string;
  href?: string;
}

export function Breadcrumbs({ items }: { items: Crumb[] }) {
  return (
    <nav aria-label="Breadcrumb" className="no-print text-sm">
      <ol className="flex flex-wrap gap-x-2">
        {items.map((item, index) => (
          <li key={item.label} className="flex gap-x-2">
            {index > 0 && <span aria-hidden="true">›</span>}
            {item.href ? (
              <a href={item.href} className="underline">
                {item.label}
              </a>
            ) : (
              <span aria-current="page">{item.label}</span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
