using System.Runtime.CompilerServices;
using IntegritySite.Layout;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace IntegritySite.Intake.Tests;

/// <summary>
/// The intake's and the officer desk's renderer lives as long as the process: a page it has written (a complaint's
/// text, an officer's reply) must not stay reachable from it afterwards.
/// </summary>
public sealed class RenderedPagesAreNotKeptTests
{
    [Fact]
    public async Task A_rendered_page_and_its_parameters_are_not_kept_by_the_renderer()
    {
        await using var html = new ComponentHtml();
        var (written, text) = await RenderSecretAsync(html);
        Assert.Contains("ข้อความร้องเรียนลับ", written);

        for (var i = 0; i < 10 && text.IsAlive; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }
        Assert.False(text.IsAlive, "the renderer still holds the complaint text it rendered");
        GC.KeepAlive(html);
    }

    // Not inlined, so no local of the test keeps the text alive.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static async Task<(string Html, WeakReference Text)> RenderSecretAsync(ComponentHtml html)
    {
        var secret = new Holder(string.Concat("ข้อความร้องเรียนลับ ", Guid.NewGuid().ToString("N")));
        var written = await html.RenderAsync<SecretPage>(new Dictionary<string, object?> { [nameof(SecretPage.Secret)] = secret });
        return (written, new WeakReference(secret));
    }

    private sealed record Holder(string Text);

    private sealed class SecretPage : ComponentBase
    {
        [Parameter] public Holder Secret { get; set; } = null!;

        protected override void BuildRenderTree(RenderTreeBuilder builder)
        {
            builder.OpenElement(0, "p");
            builder.AddContent(1, Secret.Text);
            builder.CloseElement();
        }
    }
}
