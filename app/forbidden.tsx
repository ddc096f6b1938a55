import Link from "next/link";

export default function Forbidden() {
  return (
    <div className="mx-auto max-w-xl py-10 text-center">
      <p className="text-sm font-semibold text-brand-700">403</p>
      <h1 className="mt-1 text-2xl font-semibold tracking-tight text-slate-900">Your role cannot open this page</h1>
      <p className="mt-3 text-slate-600">
        This page changes projects, and your role in this organization is read-only. You can still read every project and its proposals. Ask an owner or admin if you need designer access.
      </p>
      <Link href="/projects" className="mt-6 inline-flex rounded-md bg-brand-600 px-3.5 py-2 text-sm font-medium text-white hover:bg-brand-700">
        Back to projects
      </Link>
    </div>
  );
}
