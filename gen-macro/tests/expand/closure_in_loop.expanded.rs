fn doubled_rows(rows: Vec<Vec<u32>>) -> impl Iterator<Item = u32> {
    #[allow(clippy::large_enum_variant)]
    enum __State<T0, T1, T2, T3, T4> {
        Unresumed { rows: T0 },
        Suspend0 { iter0: T1 },
        Suspend1 { row: T2, iter0: T1 },
        Suspend2 { cells: T3, iter0: T1 },
        Suspend3 { iter1: T4, iter0: T1 },
        Returned,
    }
    let mut __state = __State::Unresumed { rows: rows };
    ::gen_core::__private::Gen::new::<
        u32,
    >(move || {
        '__dispatch0: loop {
            let out = match ::gen_core::__private::replace(
                &mut __state,
                __State::Returned,
            ) {
                #[allow(unused_labels)]
                __State::Unresumed { rows } => {
                    let __out;
                    let __next;
                    '__step0: {
                        {
                            let rows = rows;
                            {
                                #[allow(unused_mut)]
                                let mut __iter0 = ::gen_core::__private::IntoIterator::into_iter(
                                    rows,
                                );
                                {
                                    __next = ::gen_core::__private::same(
                                        &__state,
                                        __State::Suspend0 {
                                            iter0: __iter0,
                                        },
                                    );
                                    __out = ::gen_core::__private::None;
                                    break '__step0;
                                };
                            };
                        }
                    }
                    ::gen_core::__private::set(&mut __state, __next);
                    __out
                }
                #[allow(
                    unreachable_code,
                    unused_labels,
                    clippy::diverging_sub_expression
                )]
                __State::Suspend0 { iter0 } => {
                    let __out;
                    let __next;
                    '__step0: {
                        {
                            {
                                #[allow(unused_mut, unused_variables)]
                                let mut __iter0 = iter0;
                                '__exit1: {
                                    #[allow(unused_mut)]
                                    let ::gen_core::__private::Some(row) = ::gen_core::__private::Iterator::next(
                                        &mut __iter0,
                                    ) else {
                                        break '__exit1;
                                    };
                                    {
                                        __next = ::gen_core::__private::same(
                                            &__state,
                                            __State::Suspend1 {
                                                iter0: __iter0,
                                                row: row,
                                            },
                                        );
                                        __out = ::gen_core::__private::None;
                                        break '__step0;
                                    };
                                }
                            }
                        }
                        return ::gen_core::__private::None;
                    }
                    ::gen_core::__private::set(&mut __state, __next);
                    __out
                }
                #[allow(
                    unreachable_code,
                    unused_labels,
                    clippy::diverging_sub_expression
                )]
                __State::Suspend1 { iter0, row } => {
                    let __out;
                    let __next;
                    '__step0: {
                        {
                            {
                                #[allow(unused_mut, unused_variables)]
                                let mut __iter0 = iter0;
                                {
                                    {
                                        #[allow(unused_mut, unused_variables)]
                                        let row = row;
                                        #[allow(unused_mut)]
                                        let cells = row.into_iter().map(|c| c * 2);
                                        {
                                            {
                                                __next = ::gen_core::__private::same(
                                                    &__state,
                                                    __State::Suspend2 {
                                                        iter0: __iter0,
                                                        cells: cells,
                                                    },
                                                );
                                                __out = ::gen_core::__private::None;
                                                break '__step0;
                                            };
                                        };
                                    };
                                };
                            };
                        }
                    }
                    ::gen_core::__private::set(&mut __state, __next);
                    __out
                }
                #[allow(
                    unreachable_code,
                    unused_labels,
                    clippy::diverging_sub_expression
                )]
                __State::Suspend2 { iter0, cells } => {
                    let __out;
                    let __next;
                    '__step0: {
                        {
                            {
                                #[allow(unused_mut, unused_variables)]
                                let mut __iter0 = iter0;
                                {
                                    {
                                        #[allow(unused_mut, unused_variables)]
                                        let cells = cells;
                                        {
                                            #[allow(unused_mut)]
                                            let mut __iter1 = ::gen_core::__private::IntoIterator::into_iter(
                                                cells,
                                            );
                                            '__exit6: {
                                                let ::gen_core::__private::Some(c) = ::gen_core::__private::Iterator::next(
                                                    &mut __iter1,
                                                ) else {
                                                    break '__exit6;
                                                };
                                                {
                                                    let __value = ::gen_core::__private::item::<u32>(c);
                                                    __next = ::gen_core::__private::same(
                                                        &__state,
                                                        __State::Suspend3 {
                                                            iter0: __iter0,
                                                            iter1: __iter1,
                                                        },
                                                    );
                                                    __out = ::gen_core::__private::Some(__value);
                                                    break '__step0;
                                                };
                                            }
                                        }
                                    }
                                    {
                                        __next = ::gen_core::__private::same(
                                            &__state,
                                            __State::Suspend0 {
                                                iter0: __iter0,
                                            },
                                        );
                                        __out = ::gen_core::__private::None;
                                        break '__step0;
                                    }
                                };
                            };
                        }
                    }
                    ::gen_core::__private::set(&mut __state, __next);
                    __out
                }
                #[allow(
                    unreachable_code,
                    unused_labels,
                    clippy::diverging_sub_expression
                )]
                __State::Suspend3 { iter0, iter1 } => {
                    let __out;
                    let __next;
                    '__step0: {
                        {
                            {
                                #[allow(unused_mut, unused_variables)]
                                let mut __iter0 = iter0;
                                {
                                    {
                                        {
                                            #[allow(unused_mut, unused_variables)]
                                            let mut __iter1 = iter1;
                                            {
                                                {}
                                                '__exit11: {
                                                    let ::gen_core::__private::Some(c) = ::gen_core::__private::Iterator::next(
                                                        &mut __iter1,
                                                    ) else {
                                                        break '__exit11;
                                                    };
                                                    {
                                                        let __value = ::gen_core::__private::item::<u32>(c);
                                                        __next = ::gen_core::__private::same(
                                                            &__state,
                                                            __State::Suspend3 {
                                                                iter0: __iter0,
                                                                iter1: __iter1,
                                                            },
                                                        );
                                                        __out = ::gen_core::__private::Some(__value);
                                                        break '__step0;
                                                    };
                                                }
                                            }
                                        }
                                    }
                                    {
                                        __next = ::gen_core::__private::same(
                                            &__state,
                                            __State::Suspend0 {
                                                iter0: __iter0,
                                            },
                                        );
                                        __out = ::gen_core::__private::None;
                                        break '__step0;
                                    }
                                };
                            };
                        }
                    }
                    ::gen_core::__private::set(&mut __state, __next);
                    __out
                }
                __State::Returned => return ::gen_core::__private::None,
            };
            if out.is_some() {
                return out;
            }
        }
    })
}
