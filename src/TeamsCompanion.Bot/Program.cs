using TeamsCompanion.Bot.Admin;
using TeamsCompanion.Bot.Chat;
using TeamsCompanion.Bot.Handoff;
using TeamsCompanion.Bot.Hosting;
using TeamsCompanion.Bot.MessageExtension;
using TeamsCompanion.Bot.Policy;
using TeamsCompanion.Bot.Reminders;
using TeamsCompanion.Bot.Storage;
using TeamsCompanion.Protocol.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.Services.AddStorage();
builder.Services.AddPolicyPack();
builder.Services.AddBotProtocol().AddChat().AddMessageExtension().AddHandoff().AddReminders();
builder.Services.AddAdminAuthentication(builder.Configuration);

var app = builder.Build();
app.UseServiceDefaults();
app.MapBotMessages();
app.MapAdmin(app.Configuration);
return StartupCheck.RunOrExplain(app, Console.Error);

/// <summary>The app's entry point; public so the tests can host it.</summary>
public partial class Program;
