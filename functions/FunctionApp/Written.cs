using Microsoft.AspNetCore.Mvc;

namespace IntegritySite.FunctionApp;

/// <summary>The shared handlers write the response themselves; the trigger then returns an empty result.</summary>
internal static class Written
{
    public static async Task<IActionResult> After(Task handler)
    {
        await handler;
        return new EmptyResult();
    }
}
