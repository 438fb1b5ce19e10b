namespace IntegritySite.Intake.Input;

/// <summary>JSON clients get JSON; the plain HTML form gets an HTML page.</summary>
public enum ResponseFormat
{
    Html,
    Json,
}
