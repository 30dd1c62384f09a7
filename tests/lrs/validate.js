#!/usr/bin/env node
// Checks xAPI statements with Learning Locker's own validator (npm @learninglocker/xapi-validation).
//   node validate.js FILE...   each FILE holds one statement, a list of them, or {statements: [...]}
// Prints every warning with the statement's id; exits 1 if there is any, 0 otherwise.
'use strict';
const fs = require('fs');
const validate = require('@learninglocker/xapi-validation').default;

let count = 0;
let problems = 0;
for (const file of process.argv.slice(2)) {
  let data = JSON.parse(fs.readFileSync(file, 'utf8'));
  if (data && Array.isArray(data.statements)) data = data.statements;
  for (const statement of Array.isArray(data) ? data : [data]) {
    count += 1;
    const warnings = validate(statement);
    for (const w of warnings) {
      problems += 1;
      console.log(`${file}: ${statement.id}: ${JSON.stringify(w)}`);
    }
  }
}
console.log(`${count} statements checked, ${problems} problems`);
process.exit(problems > 0 || count === 0 ? 1 : 0);
