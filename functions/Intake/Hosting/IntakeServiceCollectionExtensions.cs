using IntegritySite.Intake.Abuse;
using IntegritySite.Intake;
using IntegritySite.Intake.Handlers;
using IntegritySite.Intake.Notifications;
using IntegritySite.Intake.Service;
using IntegritySite.Intake.Storage;
using IntegritySite.Intake.Storage.Attachments;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace IntegritySite.Intake.Hosting;

public static class IntakeServiceCollectionExtensions
{
    /// <summary>Registers the intake handlers and everything they need; both hosts call this.</summary>
    public static IServiceCollection AddIntakeHandlers(this IServiceCollection services, IntakeOptions options)
    {
        var keys = new IntakeKeys(options);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(options);
        services.AddSingleton(keys);
        services.AddSingleton(new OfficerKeyCheck(keys.OfficerApiKeyHashes));
        services.AddSingleton(sp => new RotatingRateLimiter(sp.GetRequiredService<TimeProvider>(), options.RateLimitWindow));
        services.TryAddSingleton(_ => ComplaintStores.Create(options));
        services.TryAddSingleton<IMailSender, SmtpMailSender>();
        services.AddSingleton<NewReportNotifier>();
        services.AddSingleton<IReportArrivals>(sp => sp.GetRequiredService<NewReportNotifier>());
        services.AddHostedService(sp => sp.GetRequiredService<NewReportNotifier>());
        services.AddSingleton<DailyDigest>();
        services.AddSingleton(HolidayFolder.Load(options.PublicHolidaysFolder));
        services.TryAddSingleton(_ => new AttachmentStoreHolder(AttachmentStores.Create(options)));
        services.AddSingleton(sp => new AttachmentReceiver(sp.GetRequiredService<AttachmentStoreHolder>().Store, options));
        services.AddSingleton<ComplaintIntake>();
        services.AddSingleton<ReporterDesk>();
        services.AddSingleton<OfficerDesk>();
        services.AddSingleton<RetentionPurge>();
        services.AddSingleton<ReporterRequests>();
        services.AddSingleton<SubmitComplaintHandler>();
        services.AddSingleton<CheckComplaintHandler>();
        services.AddSingleton<ComplaintStatusHandler>();
        services.AddSingleton<OfficerHandlers>();
        return services;
    }
}
