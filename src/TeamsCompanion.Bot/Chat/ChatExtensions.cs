using TeamsCompanion.Protocol.Activities;
using TeamsCompanion.Protocol.Hosting;

namespace TeamsCompanion.Bot.Chat;

public static class ChatExtensions
{
    public static BotProtocolBuilder AddChat(this BotProtocolBuilder bot)
    {
        ArgumentNullException.ThrowIfNull(bot);
        bot.Services.AddScoped<UserLanguage>();
        bot.Services.AddScoped<ConversationTracker>();
        bot.Services.AddScoped<ITurnErrorHandler, TurnErrorHandler>();
        return bot
            .AddHandler<ChatHandler>(ActivityTypes.Message)
            .AddHandler<WelcomeHandler>(ActivityTypes.InstallationUpdate)
            .AddHandler<WelcomeHandler>(ActivityTypes.ConversationUpdate);
    }
}
