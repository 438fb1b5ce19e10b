namespace IntegritySite.Intake.Storage;

public static class ComplaintStores
{
    /// <summary>The engine the options name.</summary>
    public static IComplaintStore Create(IntakeOptions options) => options.Store switch
    {
        StoreEngine.Sqlite => new Sqlite.SqliteComplaintStore(options),
        _ => new Tables.TableComplaintStore(options),
    };
}
