// error: `#[generator]` cannot parse this body: expected identifier, found keyword `where`
#[generator]
fn weigh (tree : & _0 , # [resume] _ : u32) { match tree { Tree :: Leaf (v) => * v * yield_ ! (* v) , Tree :: Node (children) => { let mut where = 0 ; for child in children { } sum } } }
