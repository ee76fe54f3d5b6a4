using Microsoft.Extensions.DependencyInjection.Extensions;
using TeamsCompanion.Bot.Cards;
using TeamsCompanion.Bot.Outbox;
using TeamsCompanion.DraftCheck;
using TeamsCompanion.Graph;
using TeamsCompanion.Protocol.Activities;
using TeamsCompanion.Protocol.Hosting;

namespace TeamsCompanion.Bot.Handoff;

public static class HandoffExtensions
{
    /// <summary>Ask a person and report anonymously: tickets, their cards and reminders, delivered through the outbox.</summary>
    public static BotProtocolBuilder AddHandoff(this BotProtocolBuilder bot)
    {
        ArgumentNullException.ThrowIfNull(bot);
        var services = bot.Services;
        services.AddOptions<SupportOptions>().BindConfiguration(SupportOptions.Section).ValidateOnStart();
        services.AddSingleton<Microsoft.Extensions.Options.IValidateOptions<SupportOptions>, SupportOptionsValidator>();
        services.AddSingleton<SupportRoutingProvider>();
        services.TryAddSingleton<DraftChecker>();
        services.AddSingleton<QuestionScreen>();
        services.AddSingleton<TicketService>();
        services.AddSingleton<TicketMaintenance>();
        services.AddHostedService<TicketMaintenanceService>();
        services.AddScoped<HandoffFlow>();
        services.AddScoped<ReportFlow>();
        services.AddScoped<TicketActions>();
        services.AddScoped<ICardActionHandler>(p => new VerbHandler("handoff.", (verb, data, activity, language, token) => p.GetRequiredService<HandoffFlow>().StepAsync(verb, data, activity, language, inDialog: false, token)));
        services.AddScoped<ICardActionHandler>(p => new VerbHandler("report.", (verb, data, activity, language, token) => p.GetRequiredService<ReportFlow>().StepAsync(verb, data, activity, language, token)));
        services.AddScoped<ICardActionHandler>(p => new VerbHandler("ticket.", (verb, data, activity, language, token) => p.GetRequiredService<TicketActions>().HandleAsync(verb, data, activity, language, token)));
        services.AddSingleton<TicketDeliveryContext>();
        services.AddSingleton<IOutboxDelivery, TicketToContactDelivery>();
        services.AddSingleton<IOutboxDelivery, TicketRefreshDelivery>();
        services.AddSingleton<IOutboxDelivery, TicketToRequesterDelivery>();
        services.AddSingleton<IOutboxDelivery>(p => new TicketNoticeDelivery(p.GetRequiredService<TicketDeliveryContext>(), TicketKinds.FollowUp));
        services.AddSingleton<IOutboxDelivery>(p => new TicketNoticeDelivery(p.GetRequiredService<TicketDeliveryContext>(), TicketKinds.Reminder));
        services.AddTeamsGraph();
        services.TryAddSingleton<IContactDirectory, GraphContactDirectory>();

        services.AddOutbox();
        return bot.AddHandler<CardActionHandler>(ActivityTypes.Invoke, "adaptiveCard/action");
    }
}
