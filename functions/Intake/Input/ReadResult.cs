using IntegritySite.Intake.Model;

namespace IntegritySite.Intake.Input;

/// <summary>Outcome of reading a request body: fields, or an HTTP status with errors.</summary>
public sealed record ReadResult(ResponseFormat Format, FieldSet? Fields, int StatusCode, IReadOnlyList<FieldError> Errors)
{
    public bool Ok => Fields is not null;

    public static ReadResult Success(ResponseFormat format, FieldSet fields) => new(format, fields, 200, []);

    public static ReadResult Failure(ResponseFormat format, int statusCode, params FieldError[] errors) => new(format, null, statusCode, errors);
}
