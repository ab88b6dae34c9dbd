"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";

const LINKS = [
  { href: "/course", label: "Course" },
  { href: "/exercises", label: "Exercises" },
  { href: "/quizzes", label: "Quizzes" },
  { href: "/dashboard", label: "Dashboard" },
] as const;

/** The main navigation. The current section is marked with aria-current and an underline, not colour alone. */
export function MainNav({ className = "" }: { className?: string }) {
  const pathname = usePathname();
  return (
    <nav aria-label="Main" className={className}>
      <ul className="flex items-center gap-1 overflow-x-auto sm:gap-2">
        {LINKS.map(({ href, label }) => {
          const current = pathname === href || pathname.startsWith(`${href}/`);
          return (
            <li key={href}>
              <Link
                href={href}
                aria-current={current ? "page" : undefined}
                className={`inline-flex min-h-11 items-center rounded-md px-2.5 text-[0.95rem] sm:px-3 font-medium transition-colors hover:bg-surface-strong ${
                  current ? "text-fg underline decoration-accent decoration-2 underline-offset-8" : "text-muted hover:text-fg"
                }`}
              >
                {label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
