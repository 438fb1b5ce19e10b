namespace IntegritySite.Intake.Storage.Tables;

internal static class IntakeTable
{
    /// <summary>
    /// One partition, so a complaint and its retry record (or a message and its complaint's update) commit in one
    /// entity-group transaction. A municipality receives hundreds of complaints a year, far below a partition's limits.
    /// </summary>
    public const string Partition = "intake";
}
