import type { Download, Locator, Page } from 'playwright-core';
import { AppPage } from './app-page';

/** The export dialog, opened from a meeting's screen. */
export class ExportDialogPage extends AppPage {
  /** Opens the meeting's screen and, from it, the export dialog. */
  static async open(page: Page, baseUrl: string, meetingId: string): Promise<ExportDialogPage> {
    await page.goto(`${baseUrl}#/meetings/${encodeURIComponent(meetingId)}`);
    const screen = new ExportDialogPage(page);
    await screen.settled();
    await screen.openButton.click();
    await screen.dialog.waitFor();
    return screen;
  }

  get openButton(): Locator {
    return this.main.getByRole('button', { name: 'Export documents' });
  }

  get dialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Export documents' });
  }

  async choose(legend: 'Document' | 'Format' | 'Version', label: string): Promise<void> {
    await this.dialog.getByRole('group', { name: legend }).getByRole('radio', { name: label, exact: true }).check();
  }

  async choices(legend: 'Document' | 'Format' | 'Version'): Promise<string[]> {
    const labels = await this.dialog.getByRole('group', { name: legend }).locator('label').allTextContents();
    return labels.map((l) => l.trim());
  }

  /** The day the action log is printed as at (shown only for the action log). */
  get asAt(): Locator {
    return this.dialog.getByLabel('As at (optional)');
  }

  get exportButton(): Locator {
    return this.dialog.getByRole('button', { name: /^Export and (download|save)$/ });
  }

  get outcome(): Locator {
    return this.dialog.getByRole('status');
  }

  get progress(): Locator {
    return this.dialog.locator('progress');
  }

  /**
   * Exports with the choices made and returns the browser's download, once the dialog has finished with it: the
   * button reads "Exporting…" and is marked disabled until then, so the dialog is checked in its settled state,
   * never half-way. The wait is on the button's state, not its name: the download can start before React has
   * drawn the finished dialog.
   */
  async exportAndDownload(): Promise<Download> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.exportButton.click()]);
    await this.dialog.locator('button[type="submit"][aria-disabled="false"]').waitFor();
    await this.outcome.filter({ hasText: /^(Downloaded|Saved) / }).waitFor();
    return download;
  }
}
