namespace IntegritySite.Officer.Desk.Pages;

/// <summary>The desk's one stylesheet, served from the desk itself (no other origin). Contrast ≥ 4.5:1, focus always visible.</summary>
internal static class DeskStyles
{
    /// <summary>Where the desk serves it (every page links it).</summary>
    public const string Path = "/desk.css";

    public const string Css = """
        :root { color-scheme: light; --ink: #1b1b1b; --muted: #4a4a4a; --line: #b1b4b6; --link: #1d4f91; --bad: #a4161a; --good: #00703c; --focus: #ffdd00; }
        * { box-sizing: border-box; }
        body { margin: 0; font-family: "Sarabun", "Noto Sans Thai", "Loma", "Garuda", system-ui, sans-serif; font-size: 1.0625rem; line-height: 1.7; color: var(--ink); background: #fff; }
        header, main, footer { max-width: 72rem; margin: 0 auto; padding: 0.75rem 1rem; }
        header { border-bottom: 4px solid var(--link); }
        .desk-name { font-weight: 700; margin: 0 0 0.5rem; }
        nav ul { list-style: none; padding: 0; margin: 0 0 0.5rem; display: flex; flex-wrap: wrap; gap: 0.25rem 1.25rem; }
        nav form { margin: 0; }
        a { color: var(--link); text-underline-offset: 0.15em; }
        a:focus-visible, button:focus-visible, input:focus-visible, select:focus-visible, textarea:focus-visible, main:focus-visible { outline: 3px solid var(--ink); box-shadow: 0 0 0 6px var(--focus); }
        .skip-link { position: absolute; left: -999rem; }
        .skip-link:focus { left: 1rem; top: 1rem; background: var(--focus); color: var(--ink); padding: 0.5rem; z-index: 1; }
        [lang="en"] { color: var(--muted); }
        button [lang="en"], .new [lang="en"], .overdue [lang="en"] { color: inherit; }
        h1 [lang="en"], h2 [lang="en"], th [lang="en"] { display: block; font-size: 0.8em; }
        table { border-collapse: collapse; width: 100%; }
        th, td { text-align: left; vertical-align: top; padding: 0.5rem; border-bottom: 1px solid var(--line); }
        .overdue { color: var(--bad); font-weight: 700; }
        .new { background: #e8f1fb; color: var(--ink); font-weight: 700; padding: 0 0.35rem; border-radius: 0.2rem; }
        .notice { border-left: 6px solid var(--good); padding: 0.25rem 1rem; margin: 1rem 0; background: #f3f7f5; }
        .error { border-left: 6px solid var(--bad); padding: 0.25rem 1rem; margin: 1rem 0; background: #fbf0f0; }
        dl.facts dt { font-weight: 700; margin-top: 0.75rem; }
        dl.facts dd { margin: 0; white-space: pre-wrap; overflow-wrap: anywhere; }
        .thread article { border-left: 4px solid var(--line); padding: 0.25rem 1rem; margin: 1rem 0; }
        .thread .from-officer { border-left-color: var(--link); }
        .thread p { white-space: pre-wrap; overflow-wrap: anywhere; }
        label { display: block; font-weight: 700; margin: 1rem 0 0.25rem; }
        input, select, textarea { font: inherit; padding: 0.5rem; border: 2px solid var(--ink); max-width: 100%; }
        textarea { width: 100%; min-height: 8rem; }
        button { font: inherit; font-weight: 700; padding: 0.5rem 1rem; margin-top: 0.75rem; border: 2px solid var(--good); background: var(--good); color: #fff; cursor: pointer; min-height: 2.75rem; }
        button.secondary { background: #fff; color: var(--ink); border-color: var(--ink); }
        button.danger { background: var(--bad); border-color: var(--bad); }
        pre { white-space: pre-wrap; background: #f3f2f1; padding: 1rem; overflow-wrap: anywhere; }
        .table-wrap { overflow-x: auto; }
        .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
        .summary { display: flex; flex-wrap: wrap; gap: 0.5rem 2rem; padding: 0; list-style: none; }
        """;
}
