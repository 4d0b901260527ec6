export default function NotFound() {
  return (
    <div className="py-20 text-center">
      <h1 className="font-serif text-4xl font-bold">Page not found</h1>
      <p className="mt-4 font-serif text-lg text-muted">This story may have moved, or it is not published.</p>
      <p className="mt-6 font-sans">
        <a href="/" className="text-accent underline">
          Go to the front page
        </a>{" "}
        or{" "}
        <a href="/search" className="text-accent underline">
          search the stories
        </a>
      </p>
    </div>
  );
}
