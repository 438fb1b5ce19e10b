using System.Threading.Channels;
using Microsoft.AspNetCore.Http;

namespace IntegritySite.Site.Serve;

/// <summary>Tells open pages to reload after a rebuild, over server-sent events. Only `serve` adds the script; built pages have none.</summary>
public sealed class LiveReload
{
    public const string ScriptPath = "/_livereload.js";
    public const string EventsPath = "/_livereload";
    public const string ScriptTag = "<script src=\"" + ScriptPath + "\"></script>";

    private const string Script = "new EventSource('" + EventsPath + "').onmessage = function () { location.reload(); };\n";

    private readonly List<Channel<string>> _listeners = [];
    private readonly Lock _gate = new();

    public void NotifyReload()
    {
        lock (_gate)
        {
            foreach (var listener in _listeners)
            {
                listener.Writer.TryWrite("reload");
            }
        }
    }

    public static Task WriteScriptAsync(HttpContext context)
    {
        context.Response.ContentType = "text/javascript; charset=utf-8";
        return context.Response.WriteAsync(Script);
    }

    public async Task StreamAsync(HttpContext context)
    {
        context.Response.ContentType = "text/event-stream";
        context.Response.Headers.CacheControl = "no-store";
        var channel = Channel.CreateUnbounded<string>();
        lock (_gate)
        {
            _listeners.Add(channel);
        }
        try
        {
            await context.Response.WriteAsync(": connected\n\n", context.RequestAborted);
            await context.Response.Body.FlushAsync(context.RequestAborted);
            await foreach (var message in channel.Reader.ReadAllAsync(context.RequestAborted))
            {
                await context.Response.WriteAsync($"data: {message}\n\n", context.RequestAborted);
                await context.Response.Body.FlushAsync(context.RequestAborted);
            }
        }
        catch (OperationCanceledException)
        {
            // The page was closed or reloaded.
        }
        finally
        {
            lock (_gate)
            {
                _listeners.Remove(channel);
            }
        }
    }
}
