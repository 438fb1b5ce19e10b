using System.Diagnostics;

namespace IntegritySite.Bench;

internal static class Workloads
{
    /// <summary>One pre-serialised complaint, replayed as load generators do.</summary>
    public static byte[] ComplaintBody() => System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, string>
    {
        ["category"] = "procurement",
        ["what"] = "มีการแบ่งซื้อแบ่งจ้างเพื่อหลีกเลี่ยงการประกวดราคา โครงการซ่อมถนนสามสัญญาในเดือนเดียวกัน",
        ["who"] = "เจ้าหน้าที่พัสดุ กองคลัง",
        ["when"] = "มกราคม 2569",
        ["where"] = "เทศบาลตำบลโป่งน้ำร้อน",
        ["how_known"] = "เห็นประกาศผลการจัดซื้อจัดจ้างรายเดือน",
        ["evidence"] = "ประกาศ สขร.1 เดือนมกราคม",
    });

    public static async Task<bool> SubmitAsync(HttpClient client, byte[] body)
    {
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        using var response = await client.PostAsync("/api/complaints", content);
        return response.StatusCode == System.Net.HttpStatusCode.Created;
    }

    /// <summary>Closed loop: `concurrency` workers run `total` operations; returns operations per second.</summary>
    public static async Task<double> ClosedLoopAsync(int total, int concurrency, LatencyRecorder recorder, Func<int, Task<bool>> operation)
    {
        var next = -1;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < total)
            {
                await recorder.TimeAsync(() => operation(i));
            }
        }));
        return total / clock.Elapsed.TotalSeconds;
    }

    /// <summary>Open loop: starts one operation every 1/rate seconds for `seconds`, whatever the latency.</summary>
    public static async Task OpenLoopAsync(double rate, int seconds, LatencyRecorder recorder, Func<int, Task<bool>> operation)
    {
        var count = (int)(rate * seconds);
        var interval = TimeSpan.FromSeconds(1 / rate);
        var clock = Stopwatch.StartNew();
        var inFlight = new List<Task>(count);
        for (var i = 0; i < count; i++)
        {
            var due = interval * i;
            var wait = due - clock.Elapsed;
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait);
            }
            var index = i;
            inFlight.Add(recorder.TimeAsync(() => operation(index)));
        }
        await Task.WhenAll(inFlight);
    }
}
