using MimeKit;

namespace IntegritySite.Intake.Notifications;

/// <summary>Sends one mail; throws when it was not accepted.</summary>
public interface IMailSender
{
    Task SendAsync(MimeMessage message, CancellationToken ct);
}
