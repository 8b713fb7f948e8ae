export { MyWorkCard, MyWorkHomeCard, MyWorkSummary } from './MyWorkCard';
export { MY_WORK_WIDGET } from './myWorkWidget';
