/** Dialog and prompt ids. Saved in dialog state: renaming one strands conversations mid-dialog. */
export const dialogIds = {
  root: 'root',
  mainMenu: 'main-menu',
  help: 'help',
  home: 'home',
  consent: 'consent',
  myData: 'my-data',
  erase: 'erase-data',
  goals: 'goals',
  addGoal: 'add-goal',
  checkIn: 'check-in',
  changeGoal: 'change-goal',
  wellbeingQuestions: 'wellbeing-questions',
  checkInSettings: 'check-in-settings',
  activities: 'activities',
  contactTeam: 'contact-team',
  callback: 'callback',
} as const;
