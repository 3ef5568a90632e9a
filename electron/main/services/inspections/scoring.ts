// The score is computed the same way on the visit screen while results are typed: the rules live in shared/.
export { applicableItems, missingRequired, scoreVisit } from '../../../../shared/domain/inspection-score';
