using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace IntegritySite.Intake.Notifications;

/// <summary>SMTP through MailKit (the maintained .NET mail client; System.Net.Mail.SmtpClient is obsolete for new code).</summary>
public sealed class SmtpMailSender(IntakeOptions options) : IMailSender
{
    public async Task SendAsync(MimeMessage message, CancellationToken ct)
    {
        using var client = new SmtpClient { Timeout = 30_000 };
        var security = options.NotifySmtpSecurity switch
        {
            "tls" => SecureSocketOptions.SslOnConnect,
            "none" => SecureSocketOptions.None,
            _ => SecureSocketOptions.StartTls,
        };
        await client.ConnectAsync(options.NotifySmtpHost, options.NotifySmtpPort, security, ct);
        if (options.NotifySmtpUser.Length > 0)
        {
            await client.AuthenticateAsync(options.NotifySmtpUser, options.NotifySmtpPassword, ct);
        }
        await client.SendAsync(message, ct);
        await client.DisconnectAsync(quit: true, ct);
    }
}
