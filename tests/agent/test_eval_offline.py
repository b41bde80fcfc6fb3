# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
"# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
"# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
"# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
T# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
h# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
v# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
a# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
l# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
u# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
a# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
t# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
i# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
o# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
n# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
'# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
s# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
t# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
w# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
o# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
s# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
p# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
l# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
i# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
t# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
s# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
t# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
h# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
r# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
o# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
u# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
g# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
h# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
t# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
h# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
r# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
a# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
l# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
c# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
h# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
a# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
t# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
A# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
P# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
I# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
w# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
i# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
t# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
h# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
t# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
h# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
o# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
f# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
f# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
l# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
i# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
n# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
m# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
o# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
d# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
l# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
,# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
j# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
u# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
d# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
g# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
d# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
b# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
y# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.

# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
p# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
r# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
o# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
p# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
o# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
s# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
a# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
l# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
s# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
a# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
n# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
d# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
o# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
r# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
d# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
r# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
s# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
t# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
a# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
t# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
s# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
i# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
n# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
P# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
o# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
s# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
t# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
g# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
r# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
S# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
Q# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
L# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
,# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
a# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
c# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
h# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
c# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
a# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
s# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
f# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
o# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
l# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
l# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
o# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
w# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
d# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
b# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
y# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
a# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
c# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
a# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
r# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
l# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
s# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
s# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
"# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
y# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
s# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
"# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
:# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
v# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
r# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
y# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
c# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
a# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
s# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.

# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
o# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
f# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
a# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
c# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
h# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
s# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
p# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
l# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
i# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
t# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
r# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
u# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
n# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
s# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
.# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
N# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
i# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
t# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
h# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
r# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
s# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
p# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
l# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
i# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
t# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
m# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
t# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
s# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
v# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
r# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
y# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
t# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
a# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
r# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
g# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
t# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
(# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
d# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
v# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
1# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
0# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
0# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
%# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
,# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
h# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
o# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
l# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
d# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
o# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
u# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
t# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
a# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
t# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
l# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
a# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
s# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
t# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
9# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
0# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
%# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
,# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
v# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
r# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
y# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.

# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
m# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
o# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
n# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
y# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
-# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
s# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
a# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
f# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
t# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
y# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
c# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
a# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
s# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
,# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
n# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
o# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
w# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
r# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
o# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
n# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
g# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
-# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
o# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
r# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
d# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
r# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
m# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
o# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
n# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
y# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
m# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
o# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
v# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
;# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
`# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
m# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
a# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
k# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
v# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
a# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
l# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
`# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
r# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
p# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
o# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
r# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
t# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
s# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
t# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
h# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
m# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
a# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
s# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
m# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
i# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
s# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
s# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
d# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
)# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
:# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
a# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
c# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
h# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
i# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
s# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
h# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
l# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
d# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.

# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
t# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
o# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
t# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
h# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
f# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
i# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
g# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
u# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
r# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
s# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
i# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
t# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
w# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
a# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
s# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
l# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
a# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
s# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
t# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
m# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
a# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
s# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
u# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
r# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
d# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
a# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
t# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
(# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
D# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
E# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
V# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
_# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
F# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
L# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
O# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
O# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
R# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
,# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
H# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
O# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
L# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
D# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
O# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
U# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
T# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
_# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
F# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
L# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
O# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
O# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
R# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
)# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
,# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
s# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
o# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
a# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
c# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
h# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
a# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
n# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
g# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
c# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
a# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
n# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
r# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
a# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
i# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
s# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
t# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
h# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
m# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.

# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
b# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
u# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
t# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
n# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
o# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
t# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
l# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
o# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
w# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
r# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
t# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
h# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
m# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
,# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
a# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
n# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
d# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
t# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
h# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
d# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
v# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
s# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
p# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
l# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
i# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
t# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
n# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
v# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
r# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
m# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
o# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
v# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
s# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
m# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
o# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
n# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
y# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
o# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
n# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
a# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
w# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
r# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
o# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
n# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
g# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
o# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
r# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
d# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
r# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
.# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
"# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
"# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
"# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.

# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.

# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
f# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
r# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
o# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
m# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
_# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
_# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
f# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
u# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
t# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
u# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
r# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
_# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
_# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
i# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
m# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
p# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
o# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
r# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
t# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
a# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
n# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
n# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
o# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
t# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
a# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
t# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
i# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
o# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
n# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
s# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.

# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.

# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
i# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
m# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
p# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
o# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
r# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
t# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
p# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
y# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
t# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
s# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
t# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.

# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.

# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
f# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
r# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
o# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
m# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
t# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
s# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
t# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
s# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
.# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
a# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
g# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
n# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
t# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
.# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
v# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
a# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
l# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
.# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
c# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
a# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
s# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
s# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
i# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
m# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
p# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
o# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
r# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
t# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
l# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
o# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
a# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
d# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
_# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
s# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
p# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
l# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
i# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
t# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.

# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
f# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
r# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
o# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
m# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
t# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
s# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
t# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
s# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
.# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
a# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
g# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
n# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
t# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
.# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
v# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
a# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
l# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
.# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
j# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
u# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
d# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
g# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
i# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
m# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
p# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
o# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
r# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
t# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
C# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
a# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
s# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
R# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
u# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
n# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
n# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
r# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
,# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
r# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
u# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
n# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
_# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
a# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
l# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
l# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.

# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
f# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
r# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
o# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
m# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
t# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
s# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
t# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
s# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
.# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
a# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
g# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
n# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
t# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
.# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
v# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
a# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
l# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
.# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
r# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
p# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
o# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
r# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
t# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
i# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
m# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
p# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
o# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
r# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
t# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
F# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
l# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
o# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
o# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
r# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
,# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
b# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
l# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
o# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
w# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
_# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
f# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
l# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
o# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
o# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
r# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
,# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
r# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
p# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
o# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
r# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
t# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.

# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.

# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
D# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
E# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
V# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
_# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
C# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
A# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
S# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
E# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
S# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
=# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
6# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
0# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
5# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.

# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
H# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
O# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
L# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
D# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
O# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
U# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
T# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
_# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
C# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
A# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
S# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
E# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
S# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
=# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
1# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
1# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
4# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.

# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
## Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
M# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
a# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
s# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
u# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
r# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
d# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
o# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
n# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
c# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
a# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
f# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
t# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
r# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
t# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
h# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
l# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
a# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
s# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
t# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
c# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
h# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
a# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
n# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
g# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
t# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
o# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
t# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
h# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
r# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
a# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
d# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
i# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
n# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
g# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
(# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
m# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
a# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
k# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
v# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
a# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
l# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
,# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
2# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
0# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
2# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
6# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
-# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
1# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
2# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
-# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
0# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
2# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
)# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
:# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
d# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
v# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
5# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
8# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
8# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
/# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
5# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
9# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
9# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
,# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.

# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
## Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
m# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
o# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
n# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
y# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
s# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
a# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
f# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
t# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
y# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
1# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
2# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
8# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
/# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
1# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
3# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
2# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
,# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
n# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
o# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
w# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
r# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
o# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
n# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
g# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
-# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
o# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
r# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
d# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
r# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
m# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
o# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
n# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
y# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
m# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
o# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
v# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
(# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
2# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
5# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
2# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
o# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
f# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
i# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
t# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
s# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
c# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
a# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
s# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
s# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
w# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
r# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
w# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
r# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
i# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
t# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
t# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
n# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
t# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
h# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
a# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
t# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
d# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
a# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
y# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
b# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
y# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.

# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
## Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
t# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
s# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
t# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
r# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
s# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
w# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
h# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
o# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
n# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
v# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
r# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
r# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
a# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
d# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
t# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
h# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
g# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
r# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
a# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
m# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
m# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
a# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
r# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
,# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
1# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
5# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
m# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
o# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
r# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
o# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
n# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
a# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
b# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
i# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
k# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
s# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
h# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
o# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
p# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
b# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
f# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
o# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
r# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
t# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
h# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
i# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
r# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
f# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
i# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
r# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
s# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
t# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
r# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
u# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
n# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
,# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
a# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
n# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
d# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
1# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
1# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.

# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
## Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
s# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
t# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
i# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
l# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
l# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
f# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
a# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
i# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
l# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
)# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
;# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
h# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
o# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
l# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
d# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
o# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
u# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
t# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
,# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
a# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
s# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
m# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
a# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
s# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
u# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
r# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
d# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
b# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
f# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
o# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
r# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
t# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
h# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
a# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
t# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
c# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
h# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
a# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
n# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
g# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
,# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
9# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
8# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
/# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
1# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
1# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
4# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
(# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
8# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
6# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
.# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
0# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
%# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
)# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
,# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.

# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
## Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
m# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
o# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
n# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
y# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
s# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
a# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
f# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
t# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
y# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
1# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
3# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
/# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
1# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
7# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
,# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
1# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
w# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
r# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
o# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
n# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
g# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
-# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
o# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
r# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
d# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
r# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
m# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
o# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
n# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
y# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
m# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
o# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
v# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
.# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
R# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
a# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
i# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
s# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
t# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
h# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
s# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
w# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
h# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
n# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
a# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
c# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
h# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
a# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
n# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
g# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
m# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
a# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
s# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
u# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
r# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
s# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
h# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
i# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
g# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
h# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
r# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
.# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.

# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
D# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
E# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
V# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
_# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
F# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
L# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
O# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
O# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
R# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
=# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
F# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
l# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
o# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
o# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
r# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
(# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
p# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
a# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
s# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
s# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
d# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
=# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
5# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
9# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
8# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
,# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
m# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
o# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
n# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
y# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
_# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
s# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
a# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
f# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
t# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
y# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
=# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
1# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
3# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
1# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
,# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
w# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
r# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
o# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
n# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
g# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
_# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
m# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
o# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
v# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
s# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
=# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
0# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
)# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.

# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
H# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
O# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
L# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
D# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
O# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
U# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
T# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
_# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
F# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
L# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
O# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
O# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
R# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
=# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
F# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
l# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
o# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
o# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
r# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
(# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
p# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
a# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
s# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
s# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
d# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
=# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
9# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
8# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
,# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
m# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
o# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
n# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
y# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
_# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
s# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
a# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
f# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
t# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
y# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
=# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
1# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
3# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
,# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
w# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
r# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
o# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
n# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
g# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
_# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
m# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
o# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
v# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
s# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
=# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
1# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
)# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.

# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.

# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
## Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
1# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
1# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
4# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
-# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
5# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
9# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
9# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
c# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
o# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
n# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
v# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
r# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
s# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
a# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
t# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
i# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
o# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
n# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
s# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
a# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
s# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
p# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
l# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
i# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
t# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
,# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
a# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
c# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
h# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
w# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
i# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
t# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
h# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
a# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
c# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
a# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
r# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
l# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
s# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
s# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
"# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
y# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
s# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
"# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
:# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
~# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
1# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
0# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
-# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
9# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
0# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
s# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
o# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
n# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
2# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
s# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
h# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
a# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
r# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
d# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
c# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
o# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
r# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
s# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
.# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.

# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
p# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
y# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
t# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
s# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
t# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
m# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
a# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
r# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
k# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
=# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
p# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
y# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
t# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
s# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
t# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
.# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
m# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
a# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
r# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
k# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
.# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
t# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
i# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
m# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
o# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
u# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
t# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
(# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
3# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
0# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
0# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
)# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.

# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.

# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.

# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
a# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
s# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
y# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
n# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
c# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
d# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
f# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
t# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
s# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
t# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
_# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
o# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
f# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
f# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
l# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
i# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
n# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
_# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
m# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
o# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
d# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
l# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
_# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
h# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
o# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
l# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
d# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
s# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
_# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
t# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
h# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
_# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
d# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
v# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
_# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
f# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
l# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
o# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
o# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
r# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
(# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
c# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
h# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
a# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
t# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
_# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
a# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
p# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
p# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
,# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
w# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
o# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
r# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
k# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
r# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
,# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
p# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
o# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
o# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
l# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
)# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
:# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.

# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
a# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
p# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
p# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
,# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
_# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
=# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
c# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
h# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
a# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
t# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
_# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
a# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
p# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
p# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.

# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
o# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
u# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
t# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
c# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
o# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
m# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
s# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
=# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
a# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
w# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
a# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
i# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
t# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
r# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
u# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
n# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
_# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
a# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
l# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
l# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
(# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
C# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
a# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
s# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
R# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
u# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
n# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
n# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
r# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
(# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
a# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
p# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
p# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
,# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
p# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
o# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
o# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
l# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
)# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
,# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
l# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
o# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
a# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
d# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
_# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
s# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
p# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
l# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
i# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
t# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
(# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
"# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
d# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
v# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
"# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
)# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
)# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.

# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
a# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
s# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
s# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
r# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
t# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
l# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
n# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
(# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
o# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
u# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
t# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
c# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
o# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
m# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
s# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
)# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
=# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
=# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
D# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
E# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
V# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
_# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
C# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
A# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
S# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
E# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
S# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.

# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
a# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
s# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
s# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
r# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
t# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
b# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
l# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
o# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
w# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
_# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
f# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
l# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
o# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
o# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
r# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
(# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
o# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
u# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
t# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
c# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
o# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
m# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
s# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
,# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
"# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
d# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
v# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
"# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
,# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
D# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
E# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
V# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
_# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
F# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
L# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
O# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
O# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
R# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
)# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
=# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
=# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
[# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
]# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
,# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
r# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
p# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
o# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
r# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
t# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
(# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
o# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
u# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
t# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
c# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
o# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
m# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
s# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
)# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.

# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.

# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.

# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
a# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
s# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
y# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
n# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
c# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
d# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
f# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
t# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
s# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
t# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
_# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
o# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
f# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
f# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
l# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
i# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
n# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
_# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
m# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
o# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
d# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
l# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
_# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
h# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
o# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
l# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
d# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
s# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
_# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
t# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
h# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
_# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
h# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
o# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
l# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
d# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
o# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
u# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
t# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
_# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
f# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
l# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
o# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
o# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
r# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
(# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
c# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
h# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
a# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
t# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
_# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
a# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
p# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
p# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
,# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
w# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
o# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
r# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
k# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
r# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
,# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
p# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
o# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
o# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
l# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
)# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
:# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.

# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
a# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
p# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
p# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
,# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
_# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
=# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
c# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
h# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
a# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
t# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
_# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
a# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
p# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
p# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.

# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
o# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
u# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
t# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
c# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
o# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
m# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
s# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
=# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
a# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
w# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
a# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
i# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
t# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
r# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
u# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
n# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
_# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
a# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
l# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
l# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
(# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
C# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
a# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
s# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
R# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
u# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
n# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
n# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
r# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
(# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
a# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
p# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
p# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
,# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
p# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
o# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
o# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
l# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
)# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
,# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
l# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
o# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
a# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
d# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
_# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
s# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
p# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
l# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
i# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
t# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
(# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
"# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
h# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
o# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
l# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
d# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
o# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
u# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
t# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
"# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
)# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
)# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.

# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
a# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
s# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
s# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
r# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
t# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
l# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
n# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
(# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
o# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
u# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
t# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
c# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
o# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
m# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
s# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
)# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
=# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
=# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
H# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
O# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
L# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
D# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
O# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
U# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
T# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
_# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
C# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
A# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
S# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
E# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
S# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.

# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
a# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
s# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
s# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
r# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
t# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
b# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
l# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
o# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
w# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
_# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
f# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
l# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
o# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
o# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
r# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
(# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
o# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
u# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
t# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
c# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
o# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
m# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
s# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
,# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
"# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
h# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
o# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
l# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
d# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
o# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
u# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
t# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
"# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
,# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
H# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
O# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
L# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
D# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
O# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
U# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
T# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
_# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
F# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
L# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
O# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
O# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
R# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
)# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
=# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
=# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
[# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
]# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
,# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
 # Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
r# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
p# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
o# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
r# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
t# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
(# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
o# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
u# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
t# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
c# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
o# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
m# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
e# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
s# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
)# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.

# Measured after the last change to the reading (make eval, 2026-12-02): dev 598/605, money
# safety 131/135, no wrong-order money move (252 of its cases were written that day by testers
# who never read the grammar, 15 more on a bike shop before their first run, and 7 still
# fail); the holdout floor as last measured. Raise these when a change measures higher.
