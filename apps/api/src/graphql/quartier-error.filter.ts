// Typed errors pass through to the GraphQL error formatter untouched (and unlogged: they are
// expected outcomes); anything else is left to the formatter, which hides it.
import { Catch, type ExceptionFilter } from '@nestjs/common';
import { QuartierError } from '@quartier/platform';

@Catch(QuartierError)
export class QuartierErrorFilter implements ExceptionFilter {
  catch(error: QuartierError): QuartierError {
    return error;
  }
}
