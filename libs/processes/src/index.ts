export { ProcessesModule } from './processes.module';
export { commandContextFor, type ProcessManager } from './runner/process-manager';
export { ProcessManagerRunner, type ProcessStatus } from './runner/process-manager-runner';
