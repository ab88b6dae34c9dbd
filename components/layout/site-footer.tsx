import { pageContainer } from "../ui/styles";

export function SiteFooter() {
  return (
    <footer className="mt-16 border-t border-border bg-surface">
      <div className={`${pageContainer} flex flex-col gap-2 py-8 text-sm text-muted sm:flex-row sm:items-center sm:justify-between`}>
        <p>
          <span className="font-semibold text-fg">Reachable</span> · an open-source, self-hostable course in AWS cloud networking.
        </p>
        <p>Anyone can read every lesson. Sign in to keep your progress.</p>
      </div>
    </footer>
  );
}
