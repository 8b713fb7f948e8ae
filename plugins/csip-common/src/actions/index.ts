export * from './actionSchema';
export * from './isOverdue';
