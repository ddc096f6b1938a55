import { ButtonLink } from "@/components/ui/button";

export default function NotFound() {
  return (
    <div className="mx-auto max-w-lg py-16 text-center">
      <p className="text-sm font-semibold text-brand-700">404</p>
      <h1 className="mt-2 text-2xl font-semibold tracking-tight text-slate-900">We couldn’t find that page</h1>
      <p className="mt-2 text-sm text-slate-600">The project or option may have been deleted, or the link is mistyped.</p>
      <div className="mt-6">
        <ButtonLink href="/projects">Back to projects</ButtonLink>
      </div>
    </div>
  );
}
