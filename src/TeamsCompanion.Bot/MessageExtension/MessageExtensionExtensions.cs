using TeamsCompanion.DraftCheck;
using TeamsCompanion.Protocol.Activities;
using TeamsCompanion.Protocol.Hosting;

namespace TeamsCompanion.Bot.MessageExtension;

public static class MessageExtensionExtensions
{
    public static BotProtocolBuilder AddMessageExtension(this BotProtocolBuilder bot)
    {
        ArgumentNullException.ThrowIfNull(bot);
        bot.Services.AddOptions<MessageExtensionOptions>().BindConfiguration(MessageExtensionOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        bot.Services.AddSingleton<DraftChecker>();
        bot.Services.AddScoped<DraftChecking>();
        return bot
            .AddHandler<CheckBeforeSharingHandler>(ActivityTypes.Invoke, "composeExtension/fetchTask")
            .AddHandler<CheckBeforeSharingHandler>(ActivityTypes.Invoke, "composeExtension/submitAction")
            .AddHandler<SearchGuidanceHandler>(ActivityTypes.Invoke, "composeExtension/query");
    }
}
