export const HELP = `minute-book — agendas, minutes, decisions and actions for boards and committees

Usage: minute-book <command> [options]

Commands:
  demo                     fill an empty data folder with a fictional board and a year of meetings
  import FILE              import a bundle (JSON); validated first; all or nothing
  import-minutes FILE... [--board NAME] [--dry-run] [--json]
                           bring in past minutes from Word and PDF files (.doc, .odt, .rtf through LibreOffice)
                           or folders of them, without review, each as a historic meeting; reports per file what
                           it was unsure of; one bad file does not stop the rest; --dry-run stores nothing
  export-data FILE         write the whole store as one bundle
  list boards|meetings|actions|resolutions [--board ID] [--json]
                           list records; --json prints a JSON array of objects with an "id"
  render MEETING_ID --kind agenda|pack|minutes|public-minutes|extract|actions|ics|resolutions
         --format docx|pdf|html|csv|ics --out FILE [--resolution REF] [--archive] [--public] [--as-at DATE]
                           write a meeting's document: agenda, agenda pack, minutes, extract, action log...
                           (--as-at YYYY-MM-DD: the action log as it stood at the end of that day)
  report reward|participation|coproduction|you-said-we-did|annual --board ID
         [--from DATE] [--to DATE] --format csv|docx|pdf --out FILE
                           write a board's report over a period (default: this municipal year)
  minutes approve MEETING_ID --at MEETING_ID --signed-by NAME [--signed-on DATE]
                           approve minutes as a correct record at a later meeting and record the signature,
                           which locks them; that meeting's "Minutes of the previous meeting" item gets the
                           resolution and the minute (sign is the same command: approval and signature are one act)
  minutes correct MEETING_ID --item MINUTE --at MEETING_ID --text TEXT
                           correct signed minutes by a minute of a later meeting, under an item of its own
  agenda publish MEETING_ID
                           publish a meeting's agenda; later changes are marked as supplementary
  check [--repair]         verify every file of the store and its backups (exit 0 sound, 1 problems listed,
                           2 unreadable); --repair sets damaged files aside and restores each from the newest
                           backup holding a good copy
  backup                   make a backup now (copied to the second backup folder too, if one is set)
  restore BACKUP           put back a whole backup (a name from backups/, or the path of one, e.g. in the
                           second backup folder); the data as it was is kept as a backup first
  serve [--port N] [--no-open]
                           browser mode on 127.0.0.1 with a per-run token in the address

Options:
  --data DIR               the data folder (else MINUTE_BOOK_DATA, else the app-data folder)
  --help                   show this help
  --version                show the version

Exit codes: 0 ok; 1 a problem found or the request refused; 2 unusable input or store.
See docs/cli.md for more.`;
