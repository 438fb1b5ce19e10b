using System.Text;
using IntegritySite.Intake.Crypto;
using IntegritySite.Intake.Model;
using IntegritySite.Officer;

// officer keygen <dir> | inbox | read <id> <private-key-file> | status <id> <status> | reply <id> <message>
Console.OutputEncoding = Encoding.UTF8;
try
{
    return args switch
    {
        ["keygen", var directory] => OfficerKeyFiles.Generate(directory),
        ["inbox"] => await InboxAsync(),
        ["read", var id, var keyFile] => await ReadAsync(id, keyFile),
        ["status", var id, var status] => await Done(IntakeApiClient.FromEnvironment().SetStatusAsync(id, status)),
        ["reply", var id, var message] => await Done(IntakeApiClient.FromEnvironment().ReplyAsync(id, message)),
        _ => Usage(),
    };
}
catch (Exception e) when (e is InvalidOperationException or HttpRequestException or IOException)
{
    Console.Error.WriteLine(e.Message);
    return 1;
}

static async Task<int> InboxAsync()
{
    var list = await IntakeApiClient.FromEnvironment().ListAsync();
    foreach (var c in list.GetProperty("complaints").EnumerateArray())
    {
        Console.WriteLine($"{c.GetProperty("id").GetString()}  {c.GetProperty("submitted").GetString()}  {c.GetProperty("category").GetString(),-22} {c.GetProperty("status").GetString()}");
    }
    return 0;
}

static async Task<int> ReadAsync(string id, string keyFile)
{
    var (publicKey, privateKey) = OfficerKeyFiles.Load(keyFile);
    var complaint = await IntakeApiClient.FromEnvironment().GetComplaintAsync(id);
    var facts = ComplaintFacts.FromUtf8Json(SealedBox.Open(Convert.FromBase64String(complaint.GetProperty("sealed_content").GetString()!), publicKey, privateKey));
    Console.WriteLine($"Status: {complaint.GetProperty("status").GetString()}  submitted {complaint.GetProperty("submitted").GetString()}");
    foreach (var (label, value) in new[] { ("category", facts.Category), ("what", facts.What), ("who", facts.Who), ("when", facts.When), ("where", facts.Where), ("how_known", facts.HowKnown), ("evidence", facts.Evidence), ("contact", facts.Contact) })
    {
        if (value is not null)
        {
            Console.WriteLine($"{FieldNames.Label(label).En}: {value}");
        }
    }
    foreach (var message in complaint.GetProperty("messages").EnumerateArray())
    {
        var text = Encoding.UTF8.GetString(SealedBox.Open(Convert.FromBase64String(message.GetProperty("sealed_for_officer").GetString()!), publicKey, privateKey));
        Console.WriteLine($"--- {message.GetProperty("from").GetString()} {message.GetProperty("sent").GetString()}\n{text}");
    }
    return 0;
}

static async Task<int> Done(Task<System.Text.Json.JsonElement> call)
{
    Console.WriteLine(await call);
    return 0;
}

static int Usage()
{
    Console.Error.WriteLine("""
        usage: officer keygen <directory>
               officer inbox                         (INTAKE_URL, OFFICER_API_KEY)
               officer read <id> <private-key-file>  decrypts on this machine
               officer status <id> <received|in-progress|need-information|completed|not-actionable>
               officer reply <id> <message>
        """);
    return 2;
}
