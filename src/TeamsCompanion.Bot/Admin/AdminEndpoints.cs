using System.Text.Json;
using TeamsCompanion.Bot.Reminders;
using TeamsCompanion.Guidance.Packs;
using TeamsCompanion.Guidance.Versions;

namespace TeamsCompanion.Bot.Admin;

/// <summary>The body of <c>POST /api/admin/versions</c>: the pack's files by name, and the release notes.</summary>
public sealed record PublishRequest(Dictionary<string, string>? Files, string? Notes, bool Informational = false);

/// <summary><c>/api/admin/…</c>: publish versions, compare them, follow the broadcast, export who acknowledged.</summary>
public static class AdminEndpoints
{
    public static IEndpointRouteBuilder MapAdmin(this IEndpointRouteBuilder endpoints, IConfiguration configuration)
    {
        var admin = endpoints.MapGroup("/api/admin").RequireAdmin(configuration).DisableAntiforgery();
        admin.MapGet("/versions", async (PolicyStatus status, CancellationToken token) =>
            (await status.VersionsAsync(token)).Select(v => new { version = v.Id, v.PackId, v.PackVersion, v.PublishedAt, v.PublishedBy, v.Informational, v.ReleaseNotes }));
        admin.MapPost("/versions", PublishAsync);
        admin.MapGet("/versions/{older:int}/diff/{newer:int}", DiffAsync);
        admin.MapGet("/status", async (int? version, PolicyStatus status, CancellationToken token) =>
            await status.ForAsync(version, token) is { } found ? Results.Ok(found) : NotFound(version));
        admin.MapGet("/versions/{version:int}/acknowledgements.csv", async (int version, PolicyStatus status, CancellationToken token) =>
            await status.AcknowledgementsCsvAsync(version, token) is { } csv ? Results.Text(csv, "text/csv; charset=utf-8") : NotFound(version));
        admin.MapPost("/versions/{version:int}/cancel", async (int version, PolicyStatus status, CancellationToken token) =>
            await status.ForAsync(version, token) is null ? NotFound(version) : Results.Ok(new { version, cancelled = await status.CancelAsync(version, token) }));
        admin.MapPost("/versions/{version:int}/resend-in-doubt", async (int version, PolicyStatus status, CancellationToken token) =>
            await status.ForAsync(version, token) is null ? NotFound(version) : Results.Ok(new { version, queued = await status.ResendInDoubtAsync(version, token) }));
        return endpoints;
    }

    private static async Task<IResult> PublishAsync(PublishRequest? request, HttpContext http, PolicyPublisher publisher, CancellationToken token)
    {
        if (request?.Files is not { Count: > 0 } files || string.IsNullOrWhiteSpace(request.Notes) || request.Notes.Length > 4000)
        {
            return Results.Problem(statusCode: 400, title: "Send the pack's files and release notes: {\"files\": {\"pack.yaml\": \"…\", \"rules.yaml\": \"…\"}, \"notes\": \"what changed and why (at most 4,000 characters)\"}.");
        }

        var by = http.User.FindFirst("preferred_username")?.Value ?? http.User.FindFirst("oid")?.Value ?? http.User.Identity?.Name ?? "admin (development)";
        try
        {
            var result = await publisher.PublishAsync(new PackFiles(files), request.Notes.Trim(), by, request.Informational, token);
            var body = new { version = result.Version.Id, created = result.Created, recipients = result.Recipients };
            return result.Created ? Results.Created($"/api/admin/status?version={result.Version.Id}", body) : Results.Ok(body);
        }
        catch (PackLoadException e)
        {
            // Nothing was stored or sent; every problem with its file and line.
            return Results.Problem(statusCode: 400, title: "The policy pack is not valid; nothing was published.", extensions: new Dictionary<string, object?> { ["errors"] = e.Errors.Select(error => error.ToString()).ToList() });
        }
    }

    private static async Task<IResult> DiffAsync(int older, int newer, PublishedVersions versions, CancellationToken token)
    {
        var before = await versions.GetAsync(older, token);
        var after = await versions.GetAsync(newer, token);
        if (before is null || after is null)
        {
            return NotFound(before is null ? older : newer);
        }

        var diff = PackDiff.Between(before.Value.Pack, after.Value.Pack);
        return Results.Ok(new
        {
            changes = diff.Changes.Select(c => new { kind = JsonNamingPolicy.CamelCase.ConvertName(c.Kind.ToString()), part = JsonNamingPolicy.CamelCase.ConvertName(c.Part.ToString()), c.Id, title = new { c.Title.Nl, c.Title.En }, c.Detail }),
            text = new { nl = DiffText.Lines(diff, Language.Nl), en = DiffText.Lines(diff, Language.En) },
        });
    }

    private static IResult NotFound(int? version) =>
        Results.Problem(statusCode: 404, title: version is null ? "No version has been published yet." : $"Version {version} does not exist.");
}
