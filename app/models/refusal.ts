// A file refused as input (a malicious pickle, a zip bomb, a model file that is not one): an
// INVALID_INPUT AppError whose reason is a structured message, so decisions and tests read the
// code and the text names the file (and the zip entry) it is about.
import { AppError } from '../errors';
import { message, type Message, type MessageCode, type MessageParams } from '../messages';

export class Refusal extends AppError {
  readonly reason: Message;

  constructor(file: string, reason: Message) {
    super('INVALID_INPUT', `${file}: ${reason.text}`, { file });
    this.name = 'Refusal';
    this.reason = reason;
  }
}

export const refuse = (file: string, code: MessageCode, params: MessageParams = {}): Refusal =>
  new Refusal(file, message(code, params));
