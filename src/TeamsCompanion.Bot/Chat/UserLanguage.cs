using TeamsCompanion.Bot.Storage;
using TeamsCompanion.Guidance.Packs;
using TeamsCompanion.Protocol.Activities;

namespace TeamsCompanion.Bot.Chat;

/// <summary>The language to answer in: the user's stored choice, else their Teams locale, else Dutch.</summary>
public sealed partial class UserLanguage(PreferenceStore preferences, ILogger<UserLanguage> logger)
{
    public static string? UserKey(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return activity.From?.AadObjectId ?? activity.From?.Id;
    }

    public static Language FromLocale(string? locale) =>
        locale is not null && locale.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? Language.En : Language.Nl;

    public async Task<Language> ResolveAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (UserKey(activity) is { } key)
        {
            try
            {
                if (await preferences.GetLanguageAsync(key, cancellationToken) is { } stored)
                {
                    return stored;
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The database being away must not silence the bot; answer in the locale's language.
                LogPreferenceUnavailable(logger, e);
            }
        }

        return FromLocale(activity.Locale);
    }

    /// <summary>Stores the choice; false when it could not be stored (the answer still goes out).</summary>
    public async Task<bool> TrySaveAsync(Activity activity, Language language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (UserKey(activity) is not { } key)
        {
            return false;
        }

        try
        {
            await preferences.SetLanguageAsync(key, language, cancellationToken);
            return true;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogPreferenceUnavailable(logger, e);
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The language preference store is unavailable")]
    private static partial void LogPreferenceUnavailable(ILogger logger, Exception exception);
}
