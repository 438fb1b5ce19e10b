namespace IntegritySite.Intake.Service;

/// <summary>Told when a new report (not a resend) has been stored; the notifications listen (Notifications/NewReportNotifier).</summary>
public interface IReportArrivals
{
    /// <summary>Never blocks, never throws: the receipt must not wait for it.</summary>
    void ReportArrived();
}
