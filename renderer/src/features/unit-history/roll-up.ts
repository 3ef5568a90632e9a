// The roll-up is computed on the server (recognitions.list); the screen shows its pages.
export { ROLL_UP_KINDS, type RolledRecognition, type RollUpGroup, type RollUpKind } from '@shared/domain/roll-up';
