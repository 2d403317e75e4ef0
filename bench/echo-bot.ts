/**
 * The baseline for the benchmark: the smallest Bot Framework bot there is (CloudAdapter,
 * MemoryStorage, an echo), on restify like the service. Not part of the product.
 */
import { ActivityHandler, CloudAdapter, ConfigurationBotFrameworkAuthentication, ConversationState, MemoryStorage } from 'botbuilder';
import restify from 'restify';

const port = Number(process.argv[2] ?? 3979);
// No app id: anonymous, as the service runs in the benchmark.
const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
const state = new ConversationState(new MemoryStorage());
const bot = new ActivityHandler().onMessage(async (context, next) => {
  await context.sendActivity(`You said: ${context.activity.text ?? ''}`);
  await next();
});
const server = restify.createServer();
server.use(restify.plugins.bodyParser());
server.post('/api/messages', async (req, res) => {
  await adapter.process({ headers: req.headers, ...(req.method === undefined ? {} : { method: req.method }), body: req.body }, res, async (context) => {
    await bot.run(context);
    await state.saveChanges(context);
  });
});
server.listen(port, '127.0.0.1', () => process.stdout.write(`echo bot listening on ${port}\n`));
