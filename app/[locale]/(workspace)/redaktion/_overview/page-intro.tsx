/** The top of an overview page: its title and the short intro that is also its meta description. */
export function PageIntro({ title, intro }: { title: string; intro: string }) {
  return (
    <div>
      <h1 className="text-3xl font-bold">{title}</h1>
      <p className="mt-2 max-w-3xl">{intro}</p>
    </div>
  );
}
