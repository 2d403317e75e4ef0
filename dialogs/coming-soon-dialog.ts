import { Dialog, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import { z } from 'zod';
import { mainMenuOptions } from '../src/domain/main-menu';
import { dialogIds } from './ids';

const optionsSchema = z.object({ feature: z.string() });

/** Says plainly that a branch of the menu is still being built, then ends. */
export class ComingSoonDialog extends Dialog {
  constructor() {
    super(dialogIds.comingSoon);
  }

  override async beginDialog(dc: DialogContext, options?: unknown): Promise<DialogTurnResult> {
    const parsed = optionsSchema.safeParse(options);
    const option = mainMenuOptions.find((candidate) => parsed.success && candidate.id === parsed.data.feature);
    const what = option === undefined ? 'That part' : `${option.label} (${option.summary})`;
    await dc.context.sendActivity(`${what} is coming soon: it is not ready yet. Your Living Well team can help in the meantime.`);
    return dc.endDialog();
  }
}
