export { ReminderPreferences } from './ReminderPreferences';
