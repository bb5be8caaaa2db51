// Random ids are made in shared/ (the CLI and the screens make them too); the services keep this import.
export { newId } from '../../shared/domain/id-pattern';
